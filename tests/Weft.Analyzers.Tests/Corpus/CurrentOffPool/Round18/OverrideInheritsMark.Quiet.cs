// Quiet twin of OverrideInheritsMark: read on the loop, the value handed to the pool.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public abstract class Source
{
    [RequiresLoopThread]
    public abstract int Read();
}

public sealed class LoopSource : Source
{
    public override int Read() => 1;
}

public static class OverrideInheritsMark
{
    public static Task<int> Run(LoopSource source)
    {
        int value = source.Read();
        return Task.Run(() => value);
    }
}
