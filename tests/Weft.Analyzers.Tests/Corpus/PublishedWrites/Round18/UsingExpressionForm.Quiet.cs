// Quiet twin of UsingExpressionForm: the published lease is only read, never disposed by the publisher.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public sealed class Lease : IDisposable
{
    public List<int> Items { get; } = new() { 1 };
    public void Dispose() => Items.Clear();
}

public static class UsingExpressionForm
{
    public static void Run(Slot<Lease> slot)
    {
        var lease = new Lease();
        slot.Publish(lease);
        Console.WriteLine(lease.Items.Count);
    }
}
