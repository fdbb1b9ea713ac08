using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Weft.Analyzers;

/// <summary>The runtime and BCL types the rules look for, resolved once per compilation by metadata name.</summary>
internal sealed class WeftSymbols
{
    private WeftSymbols(Compilation compilation)
    {
        ThreadLocalSlotAttribute = compilation.GetTypeByMetadataName(WeftNames.ThreadLocalSlotAttribute);
        WorkerUpdateAttribute = compilation.GetTypeByMetadataName(WeftNames.WorkerUpdateAttribute);
        Dispatcher = compilation.GetTypeByMetadataName(WeftNames.Dispatcher);
        Slot = compilation.GetTypeByMetadataName(WeftNames.Slot);
        Task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        TaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        ValueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask");
        ValueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
        TaskFactory = compilation.GetTypeByMetadataName("System.Threading.Tasks.TaskFactory");
        ThreadPool = compilation.GetTypeByMetadataName("System.Threading.ThreadPool");
        Thread = compilation.GetTypeByMetadataName("System.Threading.Thread");
        Parallel = compilation.GetTypeByMetadataName("System.Threading.Tasks.Parallel");
        Timer = compilation.GetTypeByMetadataName("System.Threading.Timer");
        Interlocked = compilation.GetTypeByMetadataName("System.Threading.Interlocked");
        Volatile = compilation.GetTypeByMetadataName("System.Threading.Volatile");
    }

    public INamedTypeSymbol? ThreadLocalSlotAttribute { get; }

    public INamedTypeSymbol? WorkerUpdateAttribute { get; }

    public INamedTypeSymbol? Dispatcher { get; }

    public INamedTypeSymbol? Slot { get; }

    public INamedTypeSymbol? Task { get; }

    public INamedTypeSymbol? TaskOfT { get; }

    public INamedTypeSymbol? ValueTask { get; }

    public INamedTypeSymbol? ValueTaskOfT { get; }

    public INamedTypeSymbol? TaskFactory { get; }

    public INamedTypeSymbol? ThreadPool { get; }

    public INamedTypeSymbol? Thread { get; }

    public INamedTypeSymbol? Parallel { get; }

    public INamedTypeSymbol? Timer { get; }

    public INamedTypeSymbol? Interlocked { get; }

    public INamedTypeSymbol? Volatile { get; }

    /// <summary>Null when the compilation does not reference Weft: nothing to analyze.</summary>
    public static WeftSymbols? TryCreate(Compilation compilation)
    {
        var symbols = new WeftSymbols(compilation);
        return symbols.ThreadLocalSlotAttribute is null ? null : symbols;
    }

    // Rules ask about the same few types for every member access in the compilation: attributes are read once a type.
    private readonly ConcurrentDictionary<ITypeSymbol, int> _modes = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, bool> _generated = new(SymbolEqualityComparer.Default);
    private System.Func<ITypeSymbol, int>? _readMode;

    /// <summary>The type's slot mode, or null when it is not a [ThreadLocalSlot] type.</summary>
    public int? SlotModeOf(ITypeSymbol? type)
    {
        if (type is null)
        {
            return null;
        }

        int mode = _modes.GetOrAdd(type, _readMode ??= t => ReadSlotMode(t) ?? -1);
        return mode < 0 ? null : mode;
    }

    private int? ReadSlotMode(ITypeSymbol type)
    {
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, ThreadLocalSlotAttribute))
            {
                foreach (var argument in attribute.NamedArguments)
                {
                    if (argument.Key == WeftNames.ModePropertyName && argument.Value.Value is int mode)
                    {
                        return mode;
                    }
                }

                return WeftNames.SlotModeSnapshot;
            }
        }

        return null;
    }

    public bool IsSnapshotSlot(ITypeSymbol? type) => SlotModeOf(type) == WeftNames.SlotModeSnapshot;

    public bool IsPerWorkerSlot(ITypeSymbol? type) => SlotModeOf(type) == WeftNames.SlotModePerWorker;

    public bool HasWorkerUpdate(IMethodSymbol method)
    {
        // Asked of every method of the compilation (WEFT0106–0109): a plain loop, no closure per call.
        foreach (AttributeData attribute in method.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, WorkerUpdateAttribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A member the generator emitted on a slot type (Current, PublishAsync, …OnAllWorkersAsync…).</summary>
    public bool IsGeneratedSlotMember(ISymbol member) =>
        SlotModeOf(member.ContainingType) is not null &&
        _generated.GetOrAdd(member.OriginalDefinition, static m =>
            m.GetAttributes().Any(a => a.AttributeClass?.Name == "GeneratedCodeAttribute" && a.ConstructorArguments.Length > 0 && a.ConstructorArguments[0].Value as string == "Weft.Generators"));

    public bool IsDispatcher(ITypeSymbol? type) => type is not null && SymbolEqualityComparer.Default.Equals(type, Dispatcher);

    public bool IsSlot(ITypeSymbol? type) => type is INamedTypeSymbol named && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, Slot);
}
