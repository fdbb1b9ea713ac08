// Short handler: when a request is aborted, note the route table version it was aborted under. The snapshot is read
// on the worker when the watch starts; the Register callback uses the number (quiet twin of RegisterReadsCurrent).
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
    public static CancellationTokenRegistration Watch(AbortNote note, CancellationToken aborted)
    {
        int version = RouteTable.Current.Version;
        return aborted.Register(() => note.Version = version);
    }
}
