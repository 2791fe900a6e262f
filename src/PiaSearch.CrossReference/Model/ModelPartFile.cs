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

/// <summary>
/// A <see cref="ModelPart"/> saved to a file and read back, so that a restart loads an organisation's part instead of
/// reading its rows again (extraction, clustering, successions and slots take minutes on a million rows). The file
/// is a cache of what the rows give, never a source of truth: it is read only when its format, the code that built it
/// (the module version of this library and of the document reader) and the fingerprint of the logs it was built from
/// all match, and its checksum (SHA-256 of the content) holds; otherwise <see cref="TryRead"/> says no and the part is
/// rebuilt. Strings are written once (a table), so the file and the loaded part share every repeated name, key and
/// id. Cost: O(size of the part) both ways.
/// </summary>
public static class ModelPartFile
{
    private const string Magic = "PIA-MODEL-PART";
    private const int FormatVersion = 1;

    /// <summary>What the file's content depends on besides the rows: the format and the code that reads rows into a part.</summary>
    public static string CodeVersion { get; } = string.Join(
        '/',
        FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
        typeof(ModelPartFile).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(ChangeEntry).Assembly.ManifestModule.ModuleVersionId.ToString("N"));

    /// <summary>Writes a part, stamped with the fingerprint of the logs it was built from (and what else its content depends on).</summary>
    public static void Write(Stream stream, ModelPart part, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(fingerprint);
        using var payloadWriter = new PayloadWriter();
        var payload = payloadWriter.Write(part);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(CodeVersion);
        writer.Write(fingerprint);
        writer.Write(payload.Length);
        writer.Write(SHA256.HashData(payload));
        writer.Write(payload);
    }

    /// <summary>
    /// The part a file holds, or null when it is not the one wanted or cannot be trusted: another format or code version,
    /// another fingerprint, a bad checksum, a short or malformed file. Never throws for a bad file.
    /// </summary>
    public static ModelPart? TryRead(Stream stream, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fingerprint);
        if (!stream.CanSeek)
        {
            // Read whole first, so that a length can be checked against what there is.
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            return TryRead(copy, fingerprint);
        }

        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadString() != Magic || reader.ReadString() != CodeVersion || reader.ReadString() != fingerprint)
            {
                return null;
            }

            // The length is checked against what the file holds before anything that size is allocated: a damaged length
            // (2 GB) must read as "not this part", not as an OutOfMemoryException that stops the model being built.
            var length = reader.ReadInt32();
            if (length < 0 || length > stream.Length - stream.Position - 32)
            {
                return null;
            }

            var hash = reader.ReadBytes(32);
            var payload = reader.ReadBytes(length);
            return payload.Length == length && SHA256.HashData(payload).AsSpan().SequenceEqual(hash)
                ? Read(payload)
                : null;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException or InvalidDataException or IndexOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    private static ModelPart Read(byte[] payload)
    {
        using var reader = new PayloadReader(payload);
        return reader.Read();
    }

    /// <summary>The body of the file: a table of every string, then the part, strings by their number in the table.</summary>
    private sealed class PayloadWriter : IDisposable
    {
        private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);
        private readonly MemoryStream _body = new();
        private readonly BinaryWriter _out;

        public PayloadWriter() => _out = new BinaryWriter(_body, Encoding.UTF8);

        public void Dispose()
        {
            _out.Dispose();
            _body.Dispose();
        }

        public byte[] Write(ModelPart part)
        {
            String(part.Key);
            var entryIndex = new Dictionary<ChangeEntry, int>(part.Entries.Count, ReferenceEqualityComparer.Instance);
            Count(part.Entries.Count);
            foreach (var entry in part.Entries)
            {
                entryIndex.TryAdd(entry, entryIndex.Count);
                Entry(entry);
            }

            Count(part.Rows.Count);
            foreach (var row in part.Rows)
            {
                // A row is the mentions of one of the part's entries: written as that entry's number (or the entry itself).
                if (entryIndex.TryGetValue(row.Entry, out var index))
                {
                    Count(index + 1);
                }
                else
                {
                    Count(0);
                    Entry(row.Entry);
                }

                Mentions(row.Item);
                Mentions(row.Before);
                Mentions(row.After);
                String(row.BeforeText);
                String(row.AfterText);
            }

            Count(part.Clusters.All.Count);
            foreach (var cluster in part.Clusters.All)
            {
                Count(cluster.Id);
                _out.Write((int)cluster.Type);
                String(cluster.Scope);
                String(cluster.Name);
                Strings(cluster.Keys);
                Strings(cluster.OfficialNumbers);
                _out.Write(cluster.IsPlaceholder);
            }

            // The cluster of every mention, in the order the rows list them (-1: none).
            foreach (var mention in part.Rows.SelectMany(r => r.All))
            {
                _out.Write(part.Clusters.Of(mention)?.Id ?? -1);
            }

            List(part.Entities, Entity);
            Strings(part.EntityOfCluster);
            List(part.RowChanges, RowChange);
            List(part.Successions, Succession);
            List(part.Slots, Slot);
            _out.Flush();

            var table = new MemoryStream();
            using (var header = new BinaryWriter(table, Encoding.UTF8, leaveOpen: true))
            {
                header.Write7BitEncodedInt(_strings.Count);
                foreach (var text in _strings.OrderBy(s => s.Value).Select(s => s.Key))
                {
                    header.Write(text);
                }
            }

            _body.Position = 0;
            _body.CopyTo(table);
            return table.ToArray();
        }

        private void Count(int value) => _out.Write7BitEncodedInt(value);

        /// <summary>0 for null, else the string's number in the table plus one.</summary>
        private void String(string? text)
        {
            if (text is null)
            {
                Count(0);
                return;
            }

            if (!_strings.TryGetValue(text, out var number))
            {
                _strings[text] = number = _strings.Count;
            }

            Count(number + 1);
        }

        private void Strings(IReadOnlyList<string> texts)
        {
            Count(texts.Count);
            foreach (var text in texts)
            {
                String(text);
            }
        }

        private void List<T>(IReadOnlyList<T> items, Action<T> write)
        {
            Count(items.Count);
            foreach (var item in items)
            {
                write(item);
            }
        }

        private void Date(DateSpan? date)
        {
            _out.Write(date is not null);
            if (date is not null)
            {
                String(date.Raw);
                _out.Write(date.From.DayNumber);
                _out.Write(date.To.DayNumber);
            }
        }

        private void Cell(CellText cell)
        {
            String(cell.Raw);
            String(cell.Text);
        }

        private void Entry(ChangeEntry entry)
        {
            String(entry.DocumentId);
            _out.Write(entry.Line);
            String(entry.DateText);
            Date(entry.Date);
            String(entry.Item.Raw);
            String(entry.Item.Text);
            String(entry.Item.File);
            String(entry.Item.Chapter);
            String(entry.Item.Path);
            Cell(entry.Before);
            Cell(entry.After);
            _out.Write((int)entry.Timing);
            String(entry.TimingText);
            Cell(entry.Explanation);
            Date(entry.BeforeDate);
            Date(entry.AfterDate);
            _out.Write(entry.Source is not null);
            if (entry.Source is { } source)
            {
                _out.Write(source.Page ?? int.MinValue);
                _out.Write(source.Row);
                String(source.Sheet);
            }

            _out.Write((int)entry.Kind);
        }

        private void Mentions(IReadOnlyList<Mention> mentions) => List(mentions, Mention);

        private void Mention(Mention mention)
        {
            _out.Write((int)mention.Type);
            String(mention.Surface);
            String(mention.Name);
            String(mention.Key);
            String(mention.Site.EntryId);
            String(mention.Site.DocumentId);
            _out.Write(mention.Site.Line);
            _out.Write((int)mention.Site.Source);
            _out.Write(mention.Start);
            _out.Write(mention.Length);
            String(mention.Provision);
            String(mention.Caption);
            String(mention.OfficialNumber);
            String(mention.Qualifier);
            String(mention.Defines);
            _out.Write((byte)((mention.IsPlaceholder ? 1 : 0) | (mention.Suspect ? 2 : 0) | (mention.FromDefinition ? 4 : 0)));
        }

        private void Entity(Entity entity)
        {
            String(entity.Id);
            _out.Write((int)entity.Type);
            String(entity.Name);
            List(entity.Names, name =>
            {
                String(name.Name);
                Date(name.FirstSeen);
                Date(name.LastSeen);
                _out.Write(name.Mentions);
                _out.Write(name.ClusterId);
            });
            List(entity.Aliases, alias =>
            {
                String(alias.Surface);
                _out.Write(alias.Suspect);
                List(alias.Occurrences, occurrence =>
                {
                    String(occurrence.DocumentId);
                    _out.Write(occurrence.Line);
                    Date(occurrence.Date);
                    _out.Write((int)occurrence.Source);
                    String(occurrence.Provision);
                });
            });
            _out.Write(entity.IsPlaceholder);
            String(entity.Scope);
        }

        private void Side(SuccessionSide? side)
        {
            _out.Write(side is not null);
            if (side is not null)
            {
                String(side.Name);
                String(side.Surface);
                String(side.Provision);
                _out.Write(side.ClusterId);
            }
        }

        private void RowChange(RowChange change)
        {
            String(change.EntryId);
            String(change.DocumentId);
            _out.Write(change.Line);
            Date(change.Date);
            String(change.SlotKey);
            _out.Write((int)change.Type);
            _out.Write((int)change.Kind);
            Side(change.Before);
            Side(change.After);
            _out.Write(change.Confidence);
            Strings(change.Reasons);
        }

        private void End(SuccessionEnd? end)
        {
            _out.Write(end is not null);
            if (end is not null)
            {
                String(end.Name);
                String(end.Provision);
                String(end.EntityId);
            }
        }

        private void Succession(Succession succession)
        {
            String(succession.Id);
            _out.Write((int)succession.Type);
            _out.Write((int)succession.Kind);
            End(succession.Before);
            End(succession.After);
            Date(succession.Date);
            List(succession.Evidence, row =>
            {
                String(row.DocumentId);
                _out.Write(row.Line);
                String(row.SlotKey);
            });
            _out.Write(succession.Confidence);
            Strings(succession.Reasons);
        }

        private void Slot(Slot slot)
        {
            String(slot.Key);
            String(slot.DocumentId);
            String(slot.File);
            String(slot.Chapter);
            String(slot.Path);
            List(slot.Changes, change =>
            {
                String(change.EntryId);
                String(change.DocumentId);
                _out.Write(change.Line);
                Date(change.Date);
                String(change.Before);
                String(change.After);
                Strings(change.BeforeEntityIds);
                Strings(change.AfterEntityIds);
                _out.Write(change.PreviousLine ?? int.MinValue);
                _out.Write(change.OnMainLine);
                String(change.Inconsistency);
            });
        }
    }

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
