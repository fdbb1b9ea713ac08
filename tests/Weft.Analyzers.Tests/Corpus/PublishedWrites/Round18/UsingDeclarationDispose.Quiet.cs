// Quiet twin of UsingDeclarationDispose: the published batch is not disposed by the publisher (left to the GC).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public sealed class Batch : IDisposable
{
    public List<int> Items { get; } = new();
    public void Dispose() => Items.Clear();
}

public static class UsingDeclarationDispose
{
    public static void Run(Slot<Batch> slot)
    {
        var batch = new Batch();
        batch.Items.Add(1);
        slot.Publish(batch);
    }
}
