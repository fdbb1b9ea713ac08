// Quiet twin of StaticAbstractConstrained: read on the loop, the value handed to the pool.
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

    public static Task<int> Run()
    {
        int value = ReadVia<LoopReader>();
        return Task.Run(() => value);
    }
}
