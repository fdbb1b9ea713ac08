// WEFT0001: an `IEnumerable<string>` property. Reading: like IReadOnlyList<T>, an interface-typed member only
// views whatever object stands behind it (a List<string> here), so it is "a read-only view over a collection
// someone else can change".
using System.Collections.Generic;
using Weft;

namespace Corpus6a.EnumerableView;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public IEnumerable<string> Hosts { get; init; } = new List<string>(); // expect: WEFT0001 "Hosts"
}
