// WEFT0001: a readonly record struct that carries a List (the struct is a copy, the list is not).
using System.Collections.Generic;
using Weft;

namespace Corpus.Immutability.R8.RecordStructWithList;

public readonly record struct Quota(string Tenant, List<string> Routes);

[ThreadLocalSlot]
public sealed partial class Quotas
{
    public Quota Default { get; init; } // expect: WEFT0001
}
