// WEFT0001 must say "field" for a field and "property" for a property, and name the mutable type.
using System.Collections.Generic;
using Weft;

namespace Corpus.Messages.FieldOrProperty;

[ThreadLocalSlot]
public sealed partial class Directory
{
    public readonly List<string> Names = new(); // expect: WEFT0001 "field" "List"
    public Dictionary<string, int> Ids { get; init; } = new(); // expect: WEFT0001 "property" "Dictionary"
    public Queue<int> Recent { get; } = new(); // expect: WEFT0001 "property" "Queue"
}
