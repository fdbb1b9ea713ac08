// WEFT0002: a helper keeps a lambda over the data in a member (`Plan(hosts)` stores `() => hosts.Clear()`) and runs it
// from another method: `deferred.Run()` after the publish is reported.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public sealed class Deferred
{
    private Action? _pending;
    public void Plan(List<string> hosts) => _pending = () => hosts.Clear();
    public void Run() => _pending?.Invoke();
}

public static class DeferredLambdaMember
{
    public static void Go(Slot<List<string>> slot)
    {
        var hosts = new List<string> { "a" };
        var deferred = new Deferred();
        deferred.Plan(hosts);
        slot.Publish(hosts);
        deferred.Run(); // expect: WEFT0002
    }
}
