// WEFT0005: `new Thread(Sweep).Start()` with an instance method group whose body reads `Slot<T>.Get`. Reading taken:
// the README keeps a same-file body's report where it occurs, the WEFT0005 page reports a named method at the hand-off
// for events; either line counts (#escape).
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
    public string? Last;

    public Sweeper(Slot<string> slot) => _slot = slot;

    public void Start() => new Thread(Sweep).Start(); // expect: WEFT0005 #escape

    private void Sweep() => Last = _slot.Get(); // expect: WEFT0005 #escape
}
