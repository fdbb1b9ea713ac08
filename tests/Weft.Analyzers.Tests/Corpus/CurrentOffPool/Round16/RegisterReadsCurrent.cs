// Short handler: when a request is aborted, note the route table version it was aborted under. The Register callback
// runs on the thread that cancels, where the snapshot's Current is read (WEFT0005).
using System.Threading;
using Weft;

namespace Corpus.CurrentOffPool.R16.RegisterReadsCurrent;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public int Version { get; init; }
}

public sealed class AbortNote
{
    public int Version;
}

public static class AbortTracking
{
    public static CancellationTokenRegistration Watch(AbortNote note, CancellationToken aborted) =>
        aborted.Register(() => note.Version = RouteTable.Current.Version); // expect: WEFT0005
}
