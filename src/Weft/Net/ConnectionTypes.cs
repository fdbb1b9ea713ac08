using System;

namespace Weft.Net;

/// <summary>What happened to a connection; delivered to its <see cref="ConnectionEventHandler"/> on its loop.</summary>
public enum ConnectionEvent
{
    /// <summary>An outbound connection completed its handshake.</summary>
    Connected,

    /// <summary>
    /// The peer shut down its sending side (end of stream); this side may still write. Not raised when this side had
    /// already shut down its own: the connection then closes with <see cref="ConnectionCloseReason.RemoteClose"/>.
    /// </summary>
    RemoteHalfClosed,

    /// <summary>Bytes buffered for sending rose above <see cref="ConnectionOptions.HighWatermark"/>: stop producing.</summary>
    AboveHighWatermark,

    /// <summary>Bytes buffered for sending fell to <see cref="ConnectionOptions.LowWatermark"/> after a high mark: produce again.</summary>
    BelowLowWatermark,

    /// <summary>The connection is closed; <see cref="Connection.CloseReason"/> says why. The last event.</summary>
    Closed,
}

/// <summary>Why a connection closed.</summary>
public enum ConnectionCloseReason
{
    /// <summary>Not closed.</summary>
    None,

    /// <summary>
    /// <see cref="Connection.Close"/> was called, or this side shut down its sending side after the peer had ended its
    /// stream (this side finished the half-close).
    /// </summary>
    LocalClose,

    /// <summary>The peer ended its stream after this side had shut down its own (the half-close finished remotely).</summary>
    RemoteClose,

    /// <summary><see cref="Connection.Reset"/> was called: the peer gets a TCP reset.</summary>
    LocalReset,

    /// <summary>The peer reset the connection (or a send found it gone).</summary>
    RemoteReset,

    /// <summary>An outbound connection was refused or failed.</summary>
    ConnectFailed,

    /// <summary>An outbound connection did not complete within <see cref="ConnectionOptions.ConnectTimeout"/>.</summary>
    ConnectTimeout,

    /// <summary>No byte moved either way for <see cref="ConnectionOptions.IdleTimeout"/>.</summary>
    IdleTimeout,

    /// <summary>Another socket error; <see cref="Connection.LastError"/> names it.</summary>
    SocketError,

    /// <summary>The owning loop exited with the connection open.</summary>
    LoopExited,
}

/// <summary>The state of a connection.</summary>
public enum ConnectionState
{
    /// <summary>An outbound connection waiting for its handshake.</summary>
    Connecting,

    /// <summary>Connected (possibly half-closed one way).</summary>
    Open,

    /// <summary>Closed; no callback runs any more.</summary>
    Closed,
}

/// <summary>
/// Receives the bytes read from a connection, on its loop. <paramref name="data"/> is the owning worker's read
/// buffer: valid only during the call, so consume or copy it (<see cref="Connection.Write"/> copies).
/// </summary>
/// <param name="connection">The connection that read.</param>
/// <param name="data">The bytes read; valid only during the call.</param>
public delegate void ConnectionDataHandler(Connection connection, ReadOnlySpan<byte> data);

/// <summary>Receives a connection's events, on its loop.</summary>
/// <param name="connection">The connection.</param>
/// <param name="connectionEvent">What happened.</param>
public delegate void ConnectionEventHandler(Connection connection, ConnectionEvent connectionEvent);

/// <summary>Settings of a connection.</summary>
/// <remarks>
/// Checked when a <see cref="Listener"/> or <see cref="BalancedListener"/> is made with them and by
/// <see cref="Connection.Connect"/>: a value outside what each property names throws
/// <see cref="ArgumentOutOfRangeException"/> whose parameter name is the property's.
/// </remarks>
public sealed class ConnectionOptions
{
    /// <summary>Buffered send bytes above which <see cref="ConnectionEvent.AboveHighWatermark"/> fires. Default 1 MiB (Envoy's per-connection buffer limit); at least 1.</summary>
    public int HighWatermark { get; set; } = 1 << 20;

    /// <summary>Buffered send bytes at or below which <see cref="ConnectionEvent.BelowLowWatermark"/> fires after a high mark. Default 512 KiB; at least 0 and below <see cref="HighWatermark"/>.</summary>
    public int LowWatermark { get; set; } = 1 << 19;

    /// <summary>How long an outbound connect may take. Default 10 s; positive.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Close after this long without a byte moving either way; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> (default) never; otherwise positive.</summary>
    public TimeSpan IdleTimeout { get; set; } = System.Threading.Timeout.InfiniteTimeSpan;

    /// <summary>Bytes read per read event before other work on the loop gets a turn. Default 256 KiB; at least 1.</summary>
    public int MaxReadBytesPerEvent { get; set; } = 256 << 10;

    internal ConnectionOptions Validated()
    {
        if (HighWatermark < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(HighWatermark), HighWatermark, "Must be at least 1.");
        }

        if (LowWatermark < 0 || LowWatermark >= HighWatermark)
        {
            throw new ArgumentOutOfRangeException(nameof(LowWatermark), LowWatermark, "Must be at least 0 and below HighWatermark.");
        }

        if (ConnectTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ConnectTimeout), ConnectTimeout, "Must be positive.");
        }

        if (IdleTimeout <= TimeSpan.Zero && IdleTimeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(IdleTimeout), IdleTimeout, "Must be positive or infinite.");
        }

        if (MaxReadBytesPerEvent < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxReadBytesPerEvent), MaxReadBytesPerEvent, "Must be at least 1.");
        }

        return this;
    }
}
