using Microsoft.CodeAnalysis;

namespace Weft.Analyzers;

/// <summary>Every Weft diagnostic. IDs are constants so the code fixes and tests share them.</summary>
internal static class Descriptors
{
    public const string SnapshotNotImmutableId = "WEFT0001";
    public const string WriteAfterPublishId = "WEFT0002";
    public const string WriteThroughCurrentId = "WEFT0003";
    public const string WorkerStateEscapesId = "WEFT0004";
    public const string CurrentOffPoolId = "WEFT0005";
    public const string NonAtomicStaticWriteId = "WEFT0006";
    public const string MutableBroadcastArgumentId = "WEFT0007";
    public const string SharedPerWorkerStateId = "WEFT0008";
    public const string NotPartialId = "WEFT0100";
    public const string StaticSlotTypeId = "WEFT0102";
    public const string GenericSlotTypeId = "WEFT0103";
    public const string AbstractSlotTypeId = "WEFT0104";
    public const string ContainingTypeNotPartialId = "WEFT0105";
    public const string WorkerUpdateOutsidePerWorkerId = "WEFT0106";
    public const string WorkerUpdateNotVoidId = "WEFT0107";
    public const string WorkerUpdateUnsupportedId = "WEFT0108";
    public const string GeneratedMemberHiddenId = "WEFT0109";
    public const string FileLocalSlotTypeId = "WEFT0110";

    /// <summary>Extra property on WEFT0001 naming what kind of member was flagged, for the code fix.</summary>
    public const string MutabilityKind = "MutabilityKind";

    private const string Reliability = "Reliability";
    private const string Design = "Design";
    private const string Usage = "Usage";

    public static readonly DiagnosticDescriptor SnapshotNotImmutable = Warning(
        SnapshotNotImmutableId, Design,
        "Snapshot slot type is not deeply immutable",
        "'{0}' is published by reference to every thread, but {1}: a thread that changes it races every reader");

    public static readonly DiagnosticDescriptor WriteAfterPublish = Warning(
        WriteAfterPublishId, Reliability,
        "Object written after it was published",
        "'{0}' was published to every worker by {1}; this write on the publishing thread races the workers reading it");

    public static readonly DiagnosticDescriptor WriteThroughCurrent = Warning(
        WriteThroughCurrentId, Reliability,
        "Snapshot written through Current",
        "'{0}' reaches the {1} snapshot every thread shares; writing it from one thread races all others (publish a new snapshot instead)");

    public static readonly DiagnosticDescriptor WorkerStateEscapes = Warning(
        WorkerStateEscapesId, Reliability,
        "Worker-local state used on another thread",
        "'{0}' belongs to the worker that read it from {1}, but {2} runs on another thread");

    public static readonly DiagnosticDescriptor CurrentOffPool = Warning(
        CurrentOffPoolId, Reliability,
        "Current read where the code cannot be on a pool thread",
        "'{0}.{1}' is {2} in {3}, which runs on another thread than {4}");

    public static readonly DiagnosticDescriptor NonAtomicStaticWrite = Warning(
        NonAtomicStaticWriteId, Reliability,
        "Non-atomic write to shared state from worker code",
        "'{0}' is {1}; this {2} from {3} runs on every worker at once and loses updates (use Interlocked or a concurrent type)");

    public static readonly DiagnosticDescriptor MutableBroadcastArgument = Warning(
        MutableBroadcastArgumentId, Reliability,
        "Mutable argument broadcast to every worker",
        "'{0}' of type '{1}' is handed to {2}, which runs on every worker at once; they all share this one mutable object (pass an immutable copy)");

    public static readonly DiagnosticDescriptor SharedPerWorkerState = Warning(
        SharedPerWorkerStateId, Reliability,
        "Per-worker callback shares state across workers",
        "The callback passed to {0} runs once on every thread, but {1}");

    public static readonly DiagnosticDescriptor NotPartial = Error(
        NotPartialId, "[ThreadLocalSlot] type must be partial", "'{0}' is marked [ThreadLocalSlot] but is not partial, so nothing can be generated for it");

    public static readonly DiagnosticDescriptor StaticSlotType = Error(
        StaticSlotTypeId, "[ThreadLocalSlot] type cannot be static", "'{0}' is static; a slot holds instances of the type");

    public static readonly DiagnosticDescriptor GenericSlotType = Error(
        GenericSlotTypeId, "[ThreadLocalSlot] type cannot be generic", "'{0}' is generic{1}; each slot type needs exactly one per-thread field");

    public static readonly DiagnosticDescriptor FileLocalSlotType = Error(
        FileLocalSlotTypeId, "[ThreadLocalSlot] type cannot be file-local", "'{0}' is file-local{1}; its generated part is another file, so nothing can be generated for it");

    public static readonly DiagnosticDescriptor AbstractSlotType = Error(
        AbstractSlotTypeId, "[ThreadLocalSlot] type cannot be abstract", "'{0}' is abstract; a slot holds instances of exactly this type");

    public static readonly DiagnosticDescriptor ContainingTypeNotPartial = Error(
        ContainingTypeNotPartialId, "Type containing a [ThreadLocalSlot] type must be partial", "'{0}' contains the [ThreadLocalSlot] type '{1}' but is not partial, so nothing can be generated for it");

    public static readonly DiagnosticDescriptor WorkerUpdateOutsidePerWorker = Error(
        WorkerUpdateOutsidePerWorkerId, "[WorkerUpdate] needs a per-worker slot type", "'{0}' is marked [WorkerUpdate] but '{1}' is {2}; only [ThreadLocalSlot(Mode = SlotMode.PerWorker)] types have a copy on every worker to update");

    public static readonly DiagnosticDescriptor WorkerUpdateNotVoid = Error(
        WorkerUpdateNotVoidId, "[WorkerUpdate] method must return void", "'{0}' returns '{1}'; a broadcast runs it on every worker and has nowhere to put N results");

    public static readonly DiagnosticDescriptor WorkerUpdateUnsupported = Error(
        WorkerUpdateUnsupportedId, "[WorkerUpdate] method cannot be broadcast", "'{0}' cannot be broadcast: {1}");

    public static readonly DiagnosticDescriptor GeneratedMemberHidden = Warning(
        GeneratedMemberHiddenId, Usage, "Generated member hidden by a user member", "'{0}' declares '{1}', so the generator does not emit its own '{1}' for this slot type");

    private static DiagnosticDescriptor Warning(string id, string category, string title, string message) =>
        new(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink(id));

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Usage, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink(id));

    private static string HelpLink(string id) => $"{WeftProject.Url}/blob/main/docs/rules/{id}.md";
}
