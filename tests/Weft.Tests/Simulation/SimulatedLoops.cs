using System.Collections.Generic;
using Weft.Slots;
using Weft.Stats;
using Weft.Threading;

namespace Weft.Tests.Simulation;

/// <summary>
/// Instead of a thread per loop, records each loop as it is started; the simulation runs them all on its own thread,
/// one <see cref="Dispatcher.RunOnce"/> at a time, swapping in each loop's per-thread context (slot entries, stat
/// storage and the generated <c>[ThreadStatic]</c> slot fields) around it, as a thread switch would.
/// </summary>
internal sealed class SimulatedLoops : IDispatcherThreadStarter
{
    private readonly Dictionary<Dispatcher, (ThreadSlots? Slots, ThreadStats? Stats)> _contexts = new();

    public List<Dispatcher> Loops { get; } = new();

    public void Start(Dispatcher dispatcher)
    {
        Loops.Add(dispatcher);
        _contexts[dispatcher] = (null, null);
    }

    /// <summary>Runs one iteration of <paramref name="loop"/> as if on its own thread; false once it has exited.</summary>
    public bool RunOnce(Dispatcher loop)
    {
        (ThreadSlots? slots, ThreadStats? stats) = _contexts[loop];
        SwitchTo(slots, stats);
        try
        {
            return loop.RunOnce();
        }
        finally
        {
            _contexts[loop] = (ThreadSlots.Current, ThreadStats.Current);
            SwitchTo(null, null);
        }
    }

    private static void SwitchTo(ThreadSlots? slots, ThreadStats? stats)
    {
        if (slots is null)
        {
            ThreadSlots.Uninstall();
        }
        else
        {
            ThreadSlots.Install(slots);
        }

        if (stats is null)
        {
            if (ThreadStats.Current is { } installed)
            {
                ThreadStats.Uninstall(installed.Store);
            }
        }
        else
        {
            ThreadStats.Install(stats);
        }

        if (slots is null)
        {
            return;
        }

        // Generated slot types mirror each thread's value into a [ThreadStatic] field: restore this loop's.
        foreach (SlotEntry entry in slots.Entries)
        {
            if (entry.Owner is SlotBase slot)
            {
                slot.OnCurrentThreadValueChanged(entry.Value);
            }
        }
    }
}
