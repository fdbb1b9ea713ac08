using Microsoft.CodeAnalysis;

namespace Weft.Analyzers.Engine;

internal enum PlaceKind
{
    /// <summary>Whoever calls it: the thread is not known (main, a worker, a test).</summary>
    Caller,

    /// <summary>A pool loop thread running worker code: a [WorkerUpdate] method, a per-worker member, a callback posted to a loop.</summary>
    Worker,

    /// <summary>A delegate run on every thread of the pool at once ([RunsOnEveryWorker]).</summary>
    EveryWorker,

    /// <summary>A factory run once on every thread to build that thread's instance ([PerWorkerFactory]).</summary>
    Factory,

    /// <summary>Another pool loop than the caller's (posted to another dispatcher).</summary>
    OtherLoop,

    /// <summary>
    /// The main loop, once ([RunsOnMain]: a broadcast's completion): off the caller's worker, but one thread, so its
    /// writes to statics do not race each other (the workers' writes are reported where they are).
    /// </summary>
    Main,

    /// <summary>Off the pool: the thread pool, a dedicated thread, a timer ([RunsOnAnotherThread] and the BCL entry points).</summary>
    OffPool,
}

/// <summary>Where a body runs, and how to say it in a message.</summary>
internal readonly struct Place
{
    private readonly string? _description;
    private readonly IOperation? _dispatcher;

    public Place(PlaceKind kind, string description, string callee = "", ISymbol? homeField = null)
    {
        Kind = kind;
        _description = description;
        Callee = callee;
        HomeField = homeField;
    }

    private Place(PlaceKind kind, IOperation dispatcher, string callee, ISymbol? homeField)
    {
        Kind = kind;
        _dispatcher = dispatcher;
        Callee = callee;
        HomeField = homeField;
    }

    /// <summary>
    /// A callback posted to the dispatcher <paramref name="dispatcher"/> evaluates to, on another loop. Its description
    /// quotes that expression's text, rendered only when a message or a recorded fact reads it: a post is made in every
    /// handler of a project and almost never reported, and rendering the text was a measurable share of each post.
    /// </summary>
    public static Place PostedTo(IOperation dispatcher, string callee, ISymbol? homeField = null) => new(PlaceKind.OtherLoop, dispatcher, callee, homeField);

    public PlaceKind Kind { get; }

    /// <summary>"a Task.Run callback", "the [WorkerUpdate] method 'Evict'", …</summary>
    public string Description => _description ?? (_dispatcher is null ? null! : $"a callback posted to '{_dispatcher.Syntax}'");

    /// <summary>The API the delegate was handed to ("Cache.UpdateAllAsync"), for WEFT0008.</summary>
    public string Callee { get; }

    /// <summary>
    /// For a post to a dispatcher read from a field of the analysed type (<c>_home.Post(_flush)</c>), that field: if the
    /// type only ever stores the storing thread's own loop there, in the same bodies that store the posted state, the
    /// post goes back to the loop the state came from (judged with the type's facts).
    /// </summary>
    public ISymbol? HomeField { get; }

    /// <summary>Leaves the caller's thread: the caller's worker-owned state must not come along (WEFT0004).</summary>
    public bool LeavesCallerThread => Kind is PlaceKind.OffPool or PlaceKind.OtherLoop or PlaceKind.Main;

    /// <summary>Runs on every worker at once, possibly: static state written here races (WEFT0006).</summary>
    public bool IsWorkerCode => Kind is PlaceKind.Worker or PlaceKind.EveryWorker or PlaceKind.Factory or PlaceKind.OtherLoop;

    /// <summary>A per-thread callback run on every thread at once (WEFT0008).</summary>
    public bool IsPerThreadCallback => Kind is PlaceKind.EveryWorker or PlaceKind.Factory;
}
