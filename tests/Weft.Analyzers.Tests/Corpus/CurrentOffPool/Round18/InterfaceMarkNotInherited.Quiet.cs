// Quiet twin of InterfaceMarkNotInherited: the implementation called through the class is not loop-only (the page:
// "a class's implementation of a marked interface member is not").
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
    public static Task<int> Run(Probe probe) => Task.Run(() => probe.Sample());
}
