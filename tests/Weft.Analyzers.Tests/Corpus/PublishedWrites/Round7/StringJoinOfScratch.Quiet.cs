// WEFT0002: a scratch list refilled on every call; what is published is built from it with `string.Join`.
// That builds a new object holding copies of the elements (or a string); the scratch list never reaches a worker, so
// refilling it is no write to published data: quiet.
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

namespace Corpus7b.StringJoinOfScratchQuiet;

public sealed class Feed(WorkerPool pool)
{
    private readonly Slot<object> _slot = pool.AllocateSlot<object>();
    private readonly List<string> _scratch = new();

    public void Refresh(IEnumerable<string> lines)
    {
        _scratch.Clear();
        _scratch.AddRange(lines);
        _slot.Publish(string.Join(",", _scratch));
    }
}
