using System.Security.Cryptography;
using System.Text;
using PiaSearch.CrossReference.Mentions;
using PiaSearch.CrossReference.Resolution;
using PiaSearch.CrossReference.Slots;
using PiaSearch.CrossReference.Successions;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Dates;
using PiaSearch.Documents.Html;
using PiaSearch.Documents.Items;

namespace PiaSearch.CrossReference.Model;

public static partial class ModelPartFile
{
    /// <summary>Reads what <see cref="PayloadWriter"/> wrote, in the same order.</summary>
    private sealed class PayloadReader(byte[] payload) : IDisposable
    {
        private readonly BinaryReader _in = new(new MemoryStream(payload, writable: false), Encoding.UTF8);
        private string[] _strings = [];

        public void Dispose() => _in.Dispose();

        public ModelPart Read()
        {
            _strings = new string[Size()];
            for (var i = 0; i < _strings.Length; i++)
            {
                _strings[i] = _in.ReadString();
            }

            var key = Text();
            var entries = new ChangeEntry[Size()];
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = Entry();
            }

            var rows = new EntryMentions[Size()];
            for (var i = 0; i < rows.Length; i++)
            {
                var index = Count();
                var entry = index == 0 ? Entry() : entries[index - 1];
                rows[i] = new EntryMentions(entry, Mentions(), Mentions(), Mentions(), Required(), Required());
            }

            var clusters = new NameCluster[Size()];
            for (var i = 0; i < clusters.Length; i++)
            {
                clusters[i] = new NameCluster(Count(), (EntityType)_in.ReadInt32(), Required(), Required(), Strings(), Strings(), _in.ReadBoolean());
            }

            var byMention = new Dictionary<Mention, int>(rows.Sum(r => r.Item.Count + r.Before.Count + r.After.Count));
            foreach (var mention in rows.SelectMany(r => r.All))
            {
                var cluster = _in.ReadInt32();
                if (cluster >= 0)
                {
                    byMention[mention] = cluster < clusters.Length ? cluster : throw new InvalidDataException("A mention's cluster is out of range.");
                }
            }

            var entities = List(Entity);
            var entityOfCluster = Strings();
            var rowChanges = List(RowChange);
            var successions = List(Succession);
            var slots = List(Slot);
            if (_in.BaseStream.Position != _in.BaseStream.Length)
            {
                throw new InvalidDataException("The part ends before the file does.");
            }

            return new ModelPart(key!, entries, rows, new NameClusters(clusters, byMention), entities, [.. entityOfCluster], rowChanges, successions, slots);
        }

        private int Count() => _in.Read7BitEncodedInt();

        /// <summary>How many items follow: never more than the bytes left (each takes one at least), so that nothing is allocated for a forged count.</summary>
        private int Size()
        {
            var size = Count();
            return size >= 0 && size <= _in.BaseStream.Length - _in.BaseStream.Position
                ? size
                : throw new InvalidDataException("A count is larger than what follows it.");
        }

        private string? Text()
        {
            var number = Count();
            return number == 0 ? null : _strings[number - 1];
        }

        private string Required() => Text() ?? throw new InvalidDataException("A required string is missing.");

        private IReadOnlyList<string> Strings()
        {
            var texts = new string[Size()];
            for (var i = 0; i < texts.Length; i++)
            {
                texts[i] = Required();
            }

            return texts;
        }

        private List<T> List<T>(Func<T> read)
        {
            var count = Size();
            var items = new List<T>(count);
            for (var i = 0; i < count; i++)
            {
                items.Add(read());
            }

            return items;
        }

        private DateSpan? Date() =>
            _in.ReadBoolean() ? new DateSpan(Required(), DateOnly.FromDayNumber(_in.ReadInt32()), DateOnly.FromDayNumber(_in.ReadInt32())) : null;

        private CellText Cell() => new(Required(), Required());

        private ChangeEntry Entry()
        {
            var documentId = Required();
            var line = _in.ReadInt32();
            var dateText = Required();
            var date = Date();
            var item = new ItemPath(Required(), Required(), Text(), Text(), Required());
            var before = Cell();
            var after = Cell();
            var timing = (SubmissionTiming)_in.ReadInt32();
            var timingText = Required();
            var explanation = Cell();
            var beforeDate = Date();
            var afterDate = Date();
            EntrySource? source = null;
            if (_in.ReadBoolean())
            {
                var page = _in.ReadInt32();
                source = new EntrySource(page == int.MinValue ? null : page, _in.ReadInt32(), Text());
            }

            return new ChangeEntry(documentId, line, dateText, date, item, before, after, timing, timingText, explanation)
            {
                BeforeDate = beforeDate,
                AfterDate = afterDate,
                Source = source,
                Kind = (EntryKind)_in.ReadInt32(),
            };
        }

        private List<Mention> Mentions() => List(Mention);

        private Mention Mention()
        {
            var type = (EntityType)_in.ReadInt32();
            var surface = Required();
            var name = Required();
            var key = Required();
            var site = new MentionSite(Required(), Required(), _in.ReadInt32(), (MentionSource)_in.ReadInt32());
            var start = _in.ReadInt32();
            var length = _in.ReadInt32();
            var provision = Text();
            var caption = Text();
            var officialNumber = Text();
            var qualifier = Text();
            var defines = Text();
            var flags = _in.ReadByte();
            return new Mention
            {
                Type = type,
                Surface = surface,
                Name = name,
                Key = key,
                Site = site,
                Start = start,
                Length = length,
                Provision = provision,
                Caption = caption,
                OfficialNumber = officialNumber,
                Qualifier = qualifier,
                Defines = defines,
                IsPlaceholder = (flags & 1) != 0,
                Suspect = (flags & 2) != 0,
                FromDefinition = (flags & 4) != 0,
            };
        }

        private Entity Entity()
        {
            var id = Required();
            var type = (EntityType)_in.ReadInt32();
            var name = Required();
            var names = List(() => new EntityName(Required(), Date(), Date(), _in.ReadInt32(), _in.ReadInt32()));
            var aliases = List(() => new EntityAlias(
                Required(),
                _in.ReadBoolean(),
                List(() => new Occurrence(Required(), _in.ReadInt32(), Date(), (MentionSource)_in.ReadInt32(), Text()))));
            return new Entity(id, type, name, names, aliases, _in.ReadBoolean(), Text());
        }

        private SuccessionSide? Side() => _in.ReadBoolean() ? new SuccessionSide(Required(), Required(), Text(), _in.ReadInt32()) : null;

        private RowChange RowChange() => new(
            Required(),
            Required(),
            _in.ReadInt32(),
            Date(),
            Required(),
            (EntityType)_in.ReadInt32(),
            (SuccessionKind)_in.ReadInt32(),
            Side(),
            Side(),
            _in.ReadDouble(),
            Strings());

        private SuccessionEnd? End() => _in.ReadBoolean() ? new SuccessionEnd(Required(), Text(), Text()) : null;

        private Succession Succession() => new(
            Required(),
            (EntityType)_in.ReadInt32(),
            (SuccessionKind)_in.ReadInt32(),
            End(),
            End(),
            Date(),
            List(() => new EvidenceRow(Required(), _in.ReadInt32(), Required())),
            _in.ReadDouble(),
            Strings());

        private Slot Slot() => new(
            Required(),
            Required(),
            Text(),
            Text(),
            Required(),
            List(() => new SlotChange(
                Required(),
                Required(),
                _in.ReadInt32(),
                Date(),
                Required(),
                Required(),
                Strings(),
                Strings(),
                _in.ReadInt32() is var previous && previous == int.MinValue ? null : previous,
                _in.ReadBoolean(),
                Text())));
    }
}
