using System;
using Weft.Threading;

namespace Weft.Net;

/// <summary>
/// Chooses the worker that gets each connection a <see cref="BalancedListener"/> accepts. Called on the accepting
/// loop only, one call at a time, so an implementation may keep state without a lock.
/// </summary>
public interface IConnectionBalancer
{
    /// <summary>Returns the index, within <paramref name="candidates"/>, of the worker that gets the next connection.</summary>
    /// <param name="candidates">The workers whose loops still run, in the listener's worker order; never empty. Valid only during the call.</param>
    int Pick(ReadOnlySpan<WorkerLoad> candidates);
}

/// <summary>One worker a <see cref="BalancedListener"/> can hand a connection to, as its balancer sees it.</summary>
public readonly struct WorkerLoad
{
    /// <summary>Creates a load entry.</summary>
    /// <param name="workerIndex">The worker's position in <see cref="BalancedListener.Workers"/>.</param>
    /// <param name="worker">The worker's loop.</param>
    /// <param name="activeConnections">Its connections from hand-off to close.</param>
    public WorkerLoad(int workerIndex, Dispatcher worker, long activeConnections)
    {
        WorkerIndex = workerIndex;
        Worker = worker;
        ActiveConnections = activeConnections;
    }

    /// <summary>The worker's position in <see cref="BalancedListener.Workers"/> (stable while candidates come and go).</summary>
    public int WorkerIndex { get; }

    /// <summary>The worker's loop.</summary>
    public Dispatcher Worker { get; }

    /// <summary>Connections of this listener on the worker, counted from hand-off (still queued to it) to close.</summary>
    public long ActiveConnections { get; }
}
