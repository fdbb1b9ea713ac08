// Quiet twin of ThreadMethodGroup: the value is read on the loop when Start is called; the thread uses it.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public sealed class Sweeper
{
    private readonly Slot<string> _slot;
    private string? _value;
    public string? Last;

    public Sweeper(Slot<string> slot) => _slot = slot;

    public void Start()
    {
        _value = _slot.Get();
        new Thread(Sweep).Start();
    }

    private void Sweep() => Last = _value;
}
