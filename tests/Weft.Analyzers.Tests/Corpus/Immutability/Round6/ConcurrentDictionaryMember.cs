// WEFT0001: a ConcurrentDictionary member. Reading: thread-safe is not immutable — the page asks for a deeply
// immutable snapshot and lists "a mutable collection (List<T>, Dictionary<K,V>…)"; any worker can still add to it,
// so what one worker reads depends on another's writes to the "same" snapshot.
using System.Collections.Concurrent;
using Weft;

namespace Corpus6a.ConcurrentDictionaryMember;

[ThreadLocalSlot]
public sealed partial class Sessions
{
    public ConcurrentDictionary<string, int> ByHost { get; init; } = new(); // expect: WEFT0001 "ByHost"
}
