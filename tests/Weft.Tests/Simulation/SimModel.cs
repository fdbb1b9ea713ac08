using System;
using System.Collections.Generic;
using Weft.Slots;
using Weft.Threading;

namespace Weft.Tests.Simulation;

/// <summary>A value the simulation puts in a slot: which slot, which change (version) and which thread built it.</summary>
internal sealed class SimValue : IDisposable
{
    public SimValue(SimSlot slot, long version, Dispatcher? owner)
    {
        Slot = slot;
        Version = version;
        Owner = owner;
    }

    public SimSlot Slot { get; }

    public long Version { get; }

    /// <summary>The loop that built it (a <c>Set</c>), or null for a published value shared by every loop.</summary>
    public Dispatcher? Owner { get; }

    public int DisposeCount { get; private set; }

    public Dispatcher? DisposedOn { get; private set; }

    public Action<SimValue>? OnDispose { get; set; }

    public void Dispose()
    {
        DisposeCount++;
        DisposedOn = Dispatcher.Current;
        OnDispose?.Invoke(this);
    }

    public override string ToString() => $"{Slot}v{Version}@{Owner?.Name ?? "shared"}";
}

/// <summary>The model's view of one slot.</summary>
internal sealed class SimSlot(int id, Slot<SimValue> slot)
{
    public int Id { get; } = id;

    public Slot<SimValue> Slot { get; } = slot;

    /// <summary>Main's value after the last change that main applied: its version and whether it is non-null.</summary>
    public long MainVersion { get; set; }

    public bool MainHasValue { get; set; }

    /// <summary>True once a change reached main (so late workers get a replay).</summary>
    public bool HasInitializer { get; set; }

    /// <summary>Whether the last change was a <c>Set</c> (initializer runs on every loop, observable) or a publish.</summary>
    public bool LastChangeWasSet { get; set; }

    /// <summary>Whether the last change's initializer throws on workers (so a late worker's replay throws too).</summary>
    public bool LastChangeThrowsOnWorkers { get; set; }

    public override string ToString() => $"s{Id}";
}

/// <summary>A broadcast the simulation started: its update, its completion and what the model expects of them.</summary>
internal sealed class SimBroadcast(long id, SimSlot slot, bool hasCompletion, bool throwsOnMain, bool throwsOnWorkers)
{
    public long Id { get; } = id;

    public SimSlot Slot { get; } = slot;

    public bool HasCompletion { get; } = hasCompletion;

    public bool ThrowsOnMain { get; } = throwsOnMain;

    public bool ThrowsOnWorkers { get; } = throwsOnWorkers;

    /// <summary>Set when the change reached main (the marker after it ran).</summary>
    public bool Started { get; set; }

    public bool MainPartRan { get; set; }

    /// <summary>The Task of the awaitable form, checked once every loop has exited.</summary>
    public System.Threading.Tasks.Task? Awaited { get; set; }

    public int Completions { get; set; }

    /// <summary>The workers registered when it started on main, each with whether it must visibly run the update.</summary>
    public Dictionary<Dispatcher, bool> Targets { get; } = new();

    public HashSet<Dispatcher> RanOn { get; } = new();

    public override string ToString() => $"b{Id}({Slot})";
}

/// <summary>What main sent a worker, in main's order: a change (apply) or a broadcast update.</summary>
internal sealed class Delivery
{
    public required SimSlot Slot { get; init; }

    /// <summary>Apply: the version it installs; 0 for an update.</summary>
    public long Version { get; init; }

    public bool HasValue { get; init; }

    /// <summary>Apply of a <c>Set</c>: its initializer runs on the worker, so it is seen when it happens.</summary>
    public bool Observable { get; init; }

    /// <summary>Apply whose initializer throws on the worker: it keeps its previous value.</summary>
    public bool Throws { get; init; }

    public SimBroadcast? Broadcast { get; init; }

    /// <summary>An update that must run on this worker while the slot is alive (the worker holds a value).</summary>
    public bool UpdateRequired { get; init; }

    public bool IsApply => Broadcast is null;

    public override string ToString() => IsApply ? $"apply {Slot}v{Version}{(HasValue ? "" : "(null)")}" : $"update {Broadcast}";
}

/// <summary>The model's view of one worker: what main sent it and it has not yet been seen to process, in order.</summary>
internal sealed class SimWorker(Dispatcher dispatcher, int number)
{
    public Dispatcher Dispatcher { get; } = dispatcher;

    public int Number { get; } = number;

    public bool Registered { get; set; }

    public bool ShutDownHere { get; set; }

    public bool Exited { get; set; }

    public List<Delivery> Pending { get; } = new();

    /// <summary>Per slot id: the version of the last apply this worker has certainly processed, and whether non-null.</summary>
    public Dictionary<int, (long Version, bool HasValue)> Confirmed { get; } = new();

    /// <summary>Per slot id: whether the last apply sent to this worker carried a value (decides whether an update must run).</summary>
    public Dictionary<int, bool> SentHasValue { get; } = new();

    public override string ToString() => Dispatcher.Name;
}
