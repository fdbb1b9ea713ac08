// Round 3. An object-typed member can hold anything, a List<T> included.
using Weft;

namespace Corpus.Immutability.Round3.ObjectTag;

[ThreadLocalSlot]
public sealed partial class RouteTag
{
    public string Name { get; init; } = "";

    public object? Metadata { get; init; } // expect: WEFT0001 "Metadata"
}
