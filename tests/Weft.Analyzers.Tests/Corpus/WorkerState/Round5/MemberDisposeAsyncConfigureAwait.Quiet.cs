// Quiet twin of MemberDisposeAsyncConfigureAwait: the dictionary is cleared before the await that may leave the loop.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.MemberDisposeAsyncConfigureAwaitQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private readonly Dictionary<string, int> _byHost = new();
    private Stream _log = Stream.Null;

    public async Task RotateAsync(Stream next)
    {
        Stream old = _log;
        _log = next;
        _byHost.Clear();
        await old.DisposeAsync().ConfigureAwait(false);
    }
}
