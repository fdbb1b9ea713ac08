// WEFT0002: a `using` declaration over the published object: its Dispose (which clears the object) runs at the end
// of the scope, after the publish; reported on the `using` line at its declarator.
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
        using var batch = new Batch(); // expect: WEFT0002
        batch.Items.Add(1);
        slot.Publish(batch);
    }
}
