using Lucene.Net.Index;
using Lucene.Net.Util;

namespace PiaSearch.Search.Indexing;

/// <summary>
/// The index's reader as searches see it: every term and posting enumeration looks at the calling thread's
/// <see cref="SearchDeadline"/> every <see cref="CheckEvery"/> steps, so that no query, whatever its shape, walks the
/// index past its time limit. Nothing else changes: the same documents, fields and caches (a segment's cache key is
/// the wrapped segment's, so per-segment caches survive a refresh). Wrapping the top reader once, the readers that
/// <see cref="DirectoryReader.OpenIfChanged(DirectoryReader)"/> gives are wrapped the same way.
/// Cost: one counter increment per step, one clock read every <see cref="CheckEvery"/> steps.
/// </summary>
internal sealed class DeadlineDirectoryReader(DirectoryReader input) : FilterDirectoryReader(input, new Wrapper())
{
    /// <summary>Steps (a document, a term) between two looks at the clock.</summary>
    internal const int CheckEvery = 256;

    protected override DirectoryReader DoWrapDirectoryReader(DirectoryReader input) => new DeadlineDirectoryReader(input);

    private sealed class Wrapper : SubReaderWrapper
    {
        public override AtomicReader Wrap(AtomicReader reader) => new DeadlineAtomicReader(reader);
    }

    private sealed class DeadlineAtomicReader(AtomicReader input) : FilterAtomicReader(input)
    {
        public override Fields Fields => m_input.Fields is { } fields ? new DeadlineFields(fields) : null!;

        public override object CoreCacheKey => m_input.CoreCacheKey;

        public override object CombinedCoreAndDeletesKey => m_input.CombinedCoreAndDeletesKey;
    }

    private sealed class DeadlineFields(Fields input) : FilterAtomicReader.FilterFields(input)
    {
        public override Terms GetTerms(string field) => m_input.GetTerms(field) is { } terms ? new DeadlineTerms(terms) : null!;
    }

    private sealed class DeadlineTerms(Terms input) : FilterAtomicReader.FilterTerms(input)
    {
        public override TermsEnum GetEnumerator() => new DeadlineTermsEnum(m_input.GetEnumerator());

        public override TermsEnum GetEnumerator(TermsEnum reuse) =>
            new DeadlineTermsEnum(m_input.GetEnumerator(reuse is DeadlineTermsEnum wrapped ? wrapped.Input : reuse));

        public override TermsEnum Intersect(Lucene.Net.Util.Automaton.CompiledAutomaton compiled, BytesRef startTerm) =>
            new DeadlineTermsEnum(m_input.Intersect(compiled, startTerm));
    }

    private sealed class DeadlineTermsEnum(TermsEnum input) : FilterAtomicReader.FilterTermsEnum(input)
    {
        private int _steps;

        internal TermsEnum Input => m_input;

        public override bool MoveNext()
        {
            Step(ref _steps);
            return m_input.MoveNext();
        }

        public override DocsEnum Docs(IBits liveDocs, DocsEnum reuse, DocsFlags flags) =>
            m_input.Docs(liveDocs, reuse is DeadlineDocsEnum wrapped ? wrapped.Input : reuse, flags) is { } docs ? new DeadlineDocsEnum(docs) : null!;

        public override DocsAndPositionsEnum DocsAndPositions(IBits liveDocs, DocsAndPositionsEnum reuse, DocsAndPositionsFlags flags) =>
            m_input.DocsAndPositions(liveDocs, reuse is DeadlinePositionsEnum wrapped ? wrapped.Input : reuse, flags) is { } positions
                ? new DeadlinePositionsEnum(positions)
                : null!;
    }

    private sealed class DeadlineDocsEnum(DocsEnum input) : FilterAtomicReader.FilterDocsEnum(input)
    {
        private int _steps;

        internal DocsEnum Input => m_input;

        public override int NextDoc()
        {
            Step(ref _steps);
            return m_input.NextDoc();
        }

        public override int Advance(int target)
        {
            Step(ref _steps);
            return m_input.Advance(target);
        }
    }

    private sealed class DeadlinePositionsEnum(DocsAndPositionsEnum input) : FilterAtomicReader.FilterDocsAndPositionsEnum(input)
    {
        private int _steps;

        internal DocsAndPositionsEnum Input => m_input;

        public override int NextDoc()
        {
            Step(ref _steps);
            return m_input.NextDoc();
        }

        public override int Advance(int target)
        {
            Step(ref _steps);
            return m_input.Advance(target);
        }

        public override int NextPosition()
        {
            Step(ref _steps);
            return m_input.NextPosition();
        }
    }

    private static void Step(ref int steps)
    {
        if (++steps >= CheckEvery)
        {
            steps = 0;
            SearchDeadline.ThrowIfPassed();
        }
    }
}
