namespace Weft.Generators.Model;

/// <summary>
/// Everything the emitter needs about one <c>[ThreadLocalSlot]</c> type, as plain values: no symbols, syntax or
/// locations, so equal inputs give equal models and the pipeline caches.
/// </summary>
/// <param name="Namespace">The containing namespace, or null for the global namespace.</param>
/// <param name="ContainingTypes">Enclosing types, outermost first.</param>
/// <param name="Keyword">The type's declaration keyword: <c>class</c> or <c>record</c>.</param>
/// <param name="Name">The type's simple name (escaped if a keyword).</param>
/// <param name="FullyQualifiedName">The <c>global::</c>-qualified name.</param>
/// <param name="IsPerWorker">True for <c>SlotMode.PerWorker</c>.</param>
/// <param name="Updates">The <c>[WorkerUpdate]</c> methods the generator can serve (per-worker mode only).</param>
/// <param name="TakenMemberNames">User member names that collide with generated ones (those are not generated).</param>
/// <param name="HintName">The generated file's name.</param>
internal sealed record SlotTypeModel(
    string? Namespace,
    EquatableArray<ContainingTypeModel> ContainingTypes,
    string Keyword,
    string Name,
    string FullyQualifiedName,
    bool IsPerWorker,
    EquatableArray<WorkerUpdateModel> Updates,
    EquatableArray<string> TakenMemberNames,
    string HintName);

/// <summary>An enclosing partial type: its keyword (<c>class</c>, <c>struct</c>, <c>record struct</c>…) and name.</summary>
internal sealed record ContainingTypeModel(string Keyword, string Name);

/// <summary>
/// A <c>[WorkerUpdate]</c> method: its name as source spells it (<c>@event</c>) and as metadata does (<c>event</c>), the
/// names of its posting methods (from <c>GeneratedContract</c>), the accessibility to give them, its parameters, and its
/// <c>[Obsolete]</c>/<c>[Experimental]</c> attributes rendered for those posting methods.
/// </summary>
internal sealed record WorkerUpdateModel(
    string Name,
    string MetadataName,
    string OnAllWorkersAsyncName,
    string OnAllWorkersName,
    string Accessibility,
    EquatableArray<ParameterModel> Parameters,
    EquatableArray<string> Deprecation);

/// <summary>
/// One parameter, already rendered: modifier (<c>in </c>, <c>params </c>…), type, name, default, and whether its
/// value can hold references (then every worker receives the same objects: the argument is published).
/// </summary>
internal sealed record ParameterModel(string Modifier, string Type, string Name, string? DefaultValue, bool HoldsReferences);
