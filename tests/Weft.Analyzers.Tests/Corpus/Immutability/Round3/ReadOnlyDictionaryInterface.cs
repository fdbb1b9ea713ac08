// Round 3. IReadOnlyDictionary is a read-only view: whoever built it may still hold the Dictionary behind it.
// Reading taken: the docs name IReadOnlyList<T> and ReadOnlyCollection<T> as views; IReadOnlyDictionary is the same
// kind of interface over a mutable collection.
using System.Collections.Generic;
using Weft;

namespace Corpus.Immutability.Round3.ReadOnlyDictionaryInterface;

[ThreadLocalSlot]
public sealed partial class HeaderRules
{
    public IReadOnlyDictionary<string, string> Rewrites { get; init; } = new Dictionary<string, string>(); // expect: WEFT0001 "Rewrites"
}
