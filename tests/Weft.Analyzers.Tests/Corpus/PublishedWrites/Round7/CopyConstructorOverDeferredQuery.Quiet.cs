// WEFT0002: the published list is made with `new List<string>(_scratch.Where(..))`, the scratch list refilled on the
// next call. The constructor enumerates the query and copies the elements: the scratch list is never published:
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

namespace Corpus7b.CopyConstructorOverDeferredQueryQuiet;

public sealed class Names(WorkerPool pool)
{
    private readonly Slot<IEnumerable<string>> _slot = pool.AllocateSlot<IEnumerable<string>>();
    private readonly List<string> _scratch = new();

    public void Refresh(IEnumerable<string> lines)
    {
        _scratch.Clear();
        _scratch.AddRange(lines);
        _slot.Publish(new List<string>(_scratch.Where(s => s.Length > 0)));
    }
}
