using System;

namespace Weft.Threading;

/// <summary>The readiness kinds a <see cref="FileEvent"/> can be interested in and be told about.</summary>
[Flags]
public enum FileReadyType
{
    /// <summary>No readiness: the event stays registered but its callback is not run.</summary>
    None = 0,

    /// <summary>Data, end of stream, an incoming connection or an error may be waiting: receive until would-block.</summary>
    Read = 1,

    /// <summary>Send space (or a connect result, or an error) may be available: send until would-block.</summary>
    Write = 2,
}

/// <summary>Which wait-and-readiness mechanism a dispatcher's loop uses.</summary>
public enum DispatcherIoBackend
{
    /// <summary>
    /// <c>epoll</c> on Linux (the loop waits in <c>epoll_wait</c>, woken through an <c>eventfd</c>), the portable
    /// backend elsewhere. The default.
    /// </summary>
    Automatic,

    /// <summary>
    /// The portable backend on every OS: the loop parks on an event, and socket readiness arrives through .NET's
    /// asynchronous socket completions posted to the loop. Tests force it to check the fallback on Linux.
    /// </summary>
    Portable,
}
