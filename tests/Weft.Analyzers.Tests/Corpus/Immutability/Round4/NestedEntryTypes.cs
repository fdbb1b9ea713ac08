// A rate-limit snapshot declares its entry types as nested classes and holds them in immutable collections; the
// entries have a writable field and a settable property. WEFT0001: "an immutable collection of mutable elements",
// with the message following nested members down to the one at fault.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.NestedEntryTypes;

[ThreadLocalSlot]
public sealed partial class RateLimits
{
    public ImmutableArray<Rule> Rules { get; init; } = ImmutableArray<Rule>.Empty; // expect: WEFT0001 "PerSecond"
    public ImmutableDictionary<string, Bucket> Buckets { get; init; } = ImmutableDictionary<string, Bucket>.Empty; // expect: WEFT0001 "Tokens"

    public sealed class Rule
    {
        public string Path { get; init; } = "";
        public int PerSecond;
    }

    public sealed class Bucket
    {
        public int Tokens { get; set; }
    }
}
