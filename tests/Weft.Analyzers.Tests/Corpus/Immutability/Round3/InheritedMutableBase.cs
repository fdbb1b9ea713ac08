// Round 3. The slot type is sealed and declares nothing mutable itself, but inherits a public mutable list from its
// base class: every worker still reads that list. Reading taken: inherited members are members of the published
// object; the docs do not say whether the report lands on the slot type or on the inherited member, so either.
using System.Collections.Generic;
using Weft;

namespace Corpus.Immutability.Round3.InheritedMutableBase;

public class TableBase
{
    public List<string> Names { get; } = new(); // expect: WEFT0001 #escape
}

[ThreadLocalSlot]
public sealed partial class ClusterTable : TableBase // expect: WEFT0001 #escape
{
    public int Version { get; init; }
}
