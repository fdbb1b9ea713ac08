// WEFT0005: a [RequiresLoopThread] static abstract interface member reached through a constrained generic call inside
// Task.Run: reported at that call, in the callback.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public interface IReader
{
    [RequiresLoopThread]
    static abstract int Read();
}

public sealed class LoopReader : IReader
{
    public static int Read() => 3;
}

public static class StaticAbstractConstrained
{
    private static int ReadVia<T>() where T : IReader => T.Read();

    public static Task<int> Run() => Task.Run(() => ReadVia<LoopReader>()); // expect: WEFT0005
}
