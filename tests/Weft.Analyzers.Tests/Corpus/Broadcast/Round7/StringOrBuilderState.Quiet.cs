// WEFT0007: a note broadcast as the state of `RunOnAllThreadsAsync<TState>`. The state is `sb.ToString()`, a string:
// quiet.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.StringOrBuilderStateQuiet;

public static class Notes
{
    public static async Task AnnounceAsync(WorkerPool pool, string who)
    {
        var slot = pool.AllocateSlot<List<string>>();
        slot.Set(_ => new List<string>());
        var sb = new StringBuilder().Append("drain requested by ").Append(who);
        await slot.RunOnAllThreadsAsync(static (log, text) => log.Add(text.ToString()), sb.ToString());
    }
}
