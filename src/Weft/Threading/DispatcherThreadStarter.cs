namespace Weft.Threading;

/// <summary>
/// Starts a dispatcher's loop. Production gives each loop a named background thread running
/// <see cref="Dispatcher.Run"/>; a simulation instead records the loop and drives it with
/// <see cref="Dispatcher.RunOnce"/> from its own single thread.
/// </summary>
internal interface IDispatcherThreadStarter
{
    /// <summary>Makes <paramref name="dispatcher"/>'s loop run; called once, right after construction.</summary>
    void Start(Dispatcher dispatcher);
}
