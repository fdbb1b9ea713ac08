// WEFT0004: in a per-worker type's member, `await _log.DisposeAsync().ConfigureAwait(false)` (an explicit DisposeAsync,
// not `await using`) and then the member clears its own dictionary off the loop.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.MemberDisposeAsyncConfigureAwait;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private readonly Dictionary<string, int> _byHost = new();
    private Stream _log = Stream.Null;

    public async Task RotateAsync(Stream next)
    {
        Stream old = _log;
        _log = next;
        await old.DisposeAsync().ConfigureAwait(false);
        _byHost.Clear(); // expect: WEFT0004
    }
}
