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
}
