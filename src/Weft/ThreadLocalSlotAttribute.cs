using System;

namespace Weft;

/// <summary>How a <see cref="ThreadLocalSlotAttribute"/> type is shared across a pool's threads.</summary>
public enum SlotMode
{
    /// <summary>
    /// One immutable instance, built on main and published by reference to every thread (read-copy-update). The
    /// generator emits <c>Current</c>, <c>TryGetCurrent</c> and <c>PublishAsync</c>.
    /// </summary>
    Snapshot = WeftNames.SlotModeSnapshot,

    /// <summary>
    /// Every thread owns its own mutable instance, built on that thread. The generator emits <c>Current</c>,
    /// <c>TryGetCurrent</c>, <c>Initialize</c>, <c>UpdateAllAsync</c> and a <c>…OnAllWorkersAsync</c> method for each
    /// <see cref="WorkerUpdateAttribute"/> method.
    /// </summary>
    PerWorker = WeftNames.SlotModePerWorker,
}

/// <summary>
/// Marks a <c>partial class</c> as a thread-local slot type: the Weft source generator gives it a per-thread
/// <c>[ThreadStatic]</c> accessor and allocation-free posting code against <see cref="WorkerPool"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ThreadLocalSlotAttribute : Attribute
{
    /// <summary>How the type is shared. Default <see cref="SlotMode.Snapshot"/>.</summary>
    public SlotMode Mode { get; set; } = SlotMode.Snapshot;
}

/// <summary>
/// Marks a method of a <see cref="SlotMode.PerWorker"/> slot type that runs on every worker, on that worker's own
/// instance. The generator emits <c>&lt;Name&gt;OnAllWorkersAsync(pool, args…)</c> and a callback form that
/// allocates nothing per post. The method must return <see langword="void"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class WorkerUpdateAttribute : Attribute
{
}
