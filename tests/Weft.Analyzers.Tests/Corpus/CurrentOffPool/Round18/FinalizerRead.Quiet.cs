// Quiet twin of FinalizerRead: the value is read on the loop in the constructor's caller and kept; the finalizer
// uses the kept value. Reading taken: a constructor called from nowhere in the file runs where its caller is and is
// not judged off the loop.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public int MaxBatch { get; init; }
}

public sealed class Buffers
{
    public static int Released;
    private readonly int _batch;

    public Buffers(int batch) => _batch = batch;

    public static Buffers Make() => new Buffers(Limits.Current.MaxBatch);

    ~Buffers()
    {
        Interlocked.Add(ref Released, _batch);
    }
}
