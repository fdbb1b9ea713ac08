using System;
using Microsoft.Extensions.Logging;

namespace Weft.Net;

/// <summary>Settings of a <see cref="BalancedListener"/>.</summary>
public sealed class BalancedListenerOptions
{
    /// <summary>Picks the worker for each connection; null (default): a new <see cref="FewestConnectionsBalancer"/>.</summary>
    public IConnectionBalancer? Balancer { get; set; }

    /// <summary>The accept backlog. Default 1024; at least 1.</summary>
    public int Backlog { get; set; } = 1024;

    /// <summary>Connections accepted per readiness event before other work on the accepting loop gets a turn. Default 64; at least 1.</summary>
    public int MaxAcceptsPerEvent { get; set; } = 64;

    /// <summary>
    /// The first pause after an accept fails for want of resources (out of descriptors, <c>EMFILE</c>/<c>ENFILE</c>,
    /// or out of buffers); each further failure in a row doubles it, up to <see cref="MaxAcceptBackoff"/>. Default 10 ms; positive.
    /// </summary>
    public TimeSpan MinAcceptBackoff { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>The longest pause between accept attempts while they keep failing. Default 1 s; at least <see cref="MinAcceptBackoff"/>.</summary>
    public TimeSpan MaxAcceptBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Settings of every accepted connection; null for the defaults.</summary>
    public ConnectionOptions? Connection { get; set; }

    /// <summary>Where accept failures and dropped connections are logged. Null: counted only.</summary>
    public ILogger? Logger { get; set; }

    internal BalancedListenerOptions Validated()
    {
        if (Backlog < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Backlog), Backlog, "Must be at least 1.");
        }

        if (MaxAcceptsPerEvent < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxAcceptsPerEvent), MaxAcceptsPerEvent, "Must be at least 1.");
        }

        if (MinAcceptBackoff <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(MinAcceptBackoff), MinAcceptBackoff, "Must be positive.");
        }

        if (MaxAcceptBackoff < MinAcceptBackoff)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxAcceptBackoff), MaxAcceptBackoff, "Must be at least MinAcceptBackoff.");
        }

        // Checked here, before any socket is made or touched, not first when the listener is built.
        Connection?.Validated();
        return this;
    }
}
