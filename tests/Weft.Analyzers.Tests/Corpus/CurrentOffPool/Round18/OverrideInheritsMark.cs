// WEFT0005: an override of a [RequiresLoopThread] member is loop-only without a mark of its own (inherited as
// reflection reads it); called on the derived type inside `Task.Run`, it is reported.
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
    public static Task<int> Run(LoopSource source) => Task.Run(() => source.Read()); // expect: WEFT0005 "Read"
}
