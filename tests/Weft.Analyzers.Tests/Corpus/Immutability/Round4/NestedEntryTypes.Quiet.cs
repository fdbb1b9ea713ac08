// Quiet twin of NestedEntryTypes: the nested entry types are sealed with a readonly field and init-only properties.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.NestedEntryTypesQuiet;

[ThreadLocalSlot]
public sealed partial class RateLimits
{
    public ImmutableArray<Rule> Rules { get; init; } = ImmutableArray<Rule>.Empty;
    public ImmutableDictionary<string, Bucket> Buckets { get; init; } = ImmutableDictionary<string, Bucket>.Empty;

    public sealed class Rule
    {
        public readonly int PerSecond;

        public Rule(string path, int perSecond)
        {
            Path = path;
            PerSecond = perSecond;
        }

        public string Path { get; }
    }

    public sealed class Bucket
    {
        public int Tokens { get; init; }
    }
}
