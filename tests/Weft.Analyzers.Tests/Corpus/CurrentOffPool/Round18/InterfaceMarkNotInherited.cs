// WEFT0005: a [RequiresLoopThread] interface member called through the interface inside `Task.Run` is reported.
// (Its twin calls the class's implementation, which the page says is not loop-only: quiet.)
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public interface IProbe
{
    [RequiresLoopThread]
    int Sample();
}

public sealed class Probe : IProbe
{
    public int Sample() => 2;
}

public static class InterfaceMarkNotInherited
{
    public static Task<int> Run(IProbe probe) => Task.Run(() => probe.Sample()); // expect: WEFT0005 "Sample"
}
