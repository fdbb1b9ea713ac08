using System;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace EdgeProxy;

/// <summary>
/// The log a balanced listener (exact balance) reports to: an accept that failed for want of resources counts in the
/// listener's <c>edge.listener_accept_fail</c> and is logged in EdgeProxy's own words, the same line a worker's
/// listener logs with kernel balance; anything else goes to the proxy's log as written. Called on main (the
/// balanced listener's accepting loop) only.
/// </summary>
internal sealed class AcceptFailureLog(ILogger inner, EdgeProxyServer.ListenerState listener) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (exception is SocketException failure)
        {
            listener.Stats.AcceptFail.Increment();
            TimeSpan backoff = listener.Balanced?.CurrentBackoff ?? TimeSpan.Zero;
            inner.LogWarning("Listener '{Name}': accept failed ({Error}); retrying in {Backoff} ms.", listener.Spec.Name, failure.SocketErrorCode, backoff.TotalMilliseconds);
            return;
        }

        inner.Log(logLevel, eventId, state, exception, formatter);
    }
}
