// Twin: the record struct carries an ImmutableArray.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.R8.RecordStructWithListQuiet;

public readonly record struct Quota(string Tenant, ImmutableArray<string> Routes);

[ThreadLocalSlot]
public sealed partial class Quotas
{
    public Quota Default { get; init; }
}
