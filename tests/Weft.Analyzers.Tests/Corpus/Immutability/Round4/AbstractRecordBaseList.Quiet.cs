// Quiet twin of AbstractRecordBaseList: the abstract base record holds an ImmutableArray and init-only scalars; the
// sealed snapshot record adds an init-only flag.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.AbstractRecordBaseListQuiet;

public abstract record ListenerBase
{
    public ImmutableArray<string> Tags { get; init; } = ImmutableArray<string>.Empty;
    public int Port { get; init; }
}

[ThreadLocalSlot]
public sealed partial record HttpListenerSettings : ListenerBase
{
    public bool Http2 { get; init; }
}
