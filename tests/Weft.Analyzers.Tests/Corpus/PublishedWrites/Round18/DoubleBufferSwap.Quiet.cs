// Quiet twin of DoubleBufferSwap: after publishing, the type starts a new list instead of reusing the old buffer.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public sealed class DoubleBufferSwap
{
    private List<int> _front = new();
    private readonly Slot<List<int>> _slot;

    public DoubleBufferSwap(Slot<List<int>> slot) => _slot = slot;

    public void Flip()
    {
        _slot.Publish(_front);
        _front = new List<int>();
    }

    public void Fill(int v) => _front.Add(v);
}
