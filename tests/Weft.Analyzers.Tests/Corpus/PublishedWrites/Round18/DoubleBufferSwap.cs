// WEFT0002: a double buffer: `_front` is published, then swapped into `_back` by a tuple; `_back` is published
// state, so the next fill of `_back` in another method is reported.
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
    private List<int> _back = new();
    private readonly Slot<List<int>> _slot;

    public DoubleBufferSwap(Slot<List<int>> slot) => _slot = slot;

    public void Flip()
    {
        _slot.Publish(_front);
        (_front, _back) = (_back, _front);
    }

    public void Fill(int v) => _back.Add(v); // expect: WEFT0002
}
