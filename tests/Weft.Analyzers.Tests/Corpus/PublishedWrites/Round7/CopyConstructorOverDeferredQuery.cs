// WEFT0002: the published list is made with `new List<string>(_scratch.Where(..))`, the scratch list refilled on the
// next call. What is published is the query itself (as IEnumerable<string>): a live view over the scratch list.
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

namespace Corpus7b.CopyConstructorOverDeferredQuery;

public sealed class Names(WorkerPool pool)
{
    private readonly Slot<IEnumerable<string>> _slot = pool.AllocateSlot<IEnumerable<string>>();
    private readonly List<string> _scratch = new();

    public void Refresh(IEnumerable<string> lines)
    {
        _scratch.Clear(); // expect: WEFT0002
        _scratch.AddRange(lines); // expect: WEFT0002
        _slot.Publish(_scratch.Where(s => s.Length > 0));
    }
}
