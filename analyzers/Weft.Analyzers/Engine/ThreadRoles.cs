using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace Weft.Analyzers.Engine;

/// <summary>The thread-role attributes of src/Weft/ThreadRoleAttributes.cs, as flags.</summary>
[System.Flags]
internal enum Role
{
    None = 0,
    Published = 1,
    RunsOnEveryWorker = 2,
    PerWorkerFactory = 4,
    RunsOnMain = 8,
    RunsOnAnotherThread = 16,
    RunsOnOwningLoop = 32,
    SharedSnapshot = 64,
    WorkerOwned = 128,
    RequiresLoopThread = 256,
    CallingThreadLoop = 512,
    PassedToCallback = 1024,
    RunsOnChosenLoop = 2048,
    RunsLoopOnCallingThread = 4096,
}

/// <summary>
/// Reads the thread-role attributes of runtime and generated APIs by metadata name, once per symbol. This is the only
/// way the engine knows a Weft API: never by its method or parameter names.
/// </summary>
internal sealed class ThreadRoles
{
    private readonly (INamedTypeSymbol? Type, Role Role)[] _attributes;
    private readonly ConcurrentDictionary<object, Role> _cache = new(InstanceComparer.Instance);

    public ThreadRoles(Compilation compilation)
    {
        _attributes =
        [
            (compilation.GetTypeByMetadataName(WeftNames.PublishedAttribute), Role.Published),
            (compilation.GetTypeByMetadataName(WeftNames.RunsOnEveryWorkerAttribute), Role.RunsOnEveryWorker),
            (compilation.GetTypeByMetadataName(WeftNames.PerWorkerFactoryAttribute), Role.PerWorkerFactory),
            (compilation.GetTypeByMetadataName(WeftNames.RunsOnMainAttribute), Role.RunsOnMain),
            (compilation.GetTypeByMetadataName(WeftNames.RunsOnAnotherThreadAttribute), Role.RunsOnAnotherThread),
            (compilation.GetTypeByMetadataName(WeftNames.RunsOnOwningLoopAttribute), Role.RunsOnOwningLoop),
            (compilation.GetTypeByMetadataName(WeftNames.SharedSnapshotAttribute), Role.SharedSnapshot),
            (compilation.GetTypeByMetadataName(WeftNames.WorkerOwnedAttribute), Role.WorkerOwned),
            (compilation.GetTypeByMetadataName(WeftNames.RequiresLoopThreadAttribute), Role.RequiresLoopThread),
            (compilation.GetTypeByMetadataName(WeftNames.CallingThreadLoopAttribute), Role.CallingThreadLoop),
            (compilation.GetTypeByMetadataName(WeftNames.PassedToCallbackAttribute), Role.PassedToCallback),
            (compilation.GetTypeByMetadataName(WeftNames.RunsOnChosenLoopAttribute), Role.RunsOnChosenLoop),
            (compilation.GetTypeByMetadataName(WeftNames.RunsLoopOnCallingThreadAttribute), Role.RunsLoopOnCallingThread),
        ];
    }

    /// <summary>True for the assembly that defines the role attributes: the Weft runtime.</summary>
    public bool IsRuntime(IAssemblySymbol? assembly) =>
        assembly is not null && _attributes[0].Type is { } published && SymbolEqualityComparer.Default.Equals(published.ContainingAssembly, assembly);

    /// <summary>The roles of a parameter, property or method (for a method, its return-value attributes count too).</summary>
    public Role Of(ISymbol symbol) => _cache.GetOrAdd(symbol.OriginalDefinition, _read ??= s => Read((ISymbol)s));

    // Made once: a lambda using this instance would be a new delegate at every call (asked for every symbol the engine meets).
    private System.Func<object, Role>? _read;

    private Role Read(ISymbol symbol)
    {
        Role roles = ReadAttributes(symbol.GetAttributes());
        if (symbol is IMethodSymbol method)
        {
            roles |= ReadAttributes(method.GetReturnTypeAttributes());
            if (method.AssociatedSymbol is IPropertySymbol property)
            {
                roles |= Of(property);
            }
        }

        // Every role attribute is declared Inherited = true: as reflection reads them, an override (or its parameter)
        // has the roles of the member it overrides. An interface's implementation does not: reflection never inherits
        // from interfaces, and an interface member's marking says what callers through the interface may assume.
        ISymbol? overridden = symbol switch
        {
            IMethodSymbol { OverriddenMethod: { } baseMethod } => baseMethod,
            IPropertySymbol { OverriddenProperty: { } baseProperty } => baseProperty,
            IParameterSymbol { ContainingSymbol: IMethodSymbol { OverriddenMethod: { } baseMethod } } parameter when parameter.Ordinal < baseMethod.Parameters.Length =>
                baseMethod.Parameters[parameter.Ordinal],
            IParameterSymbol { ContainingSymbol: IPropertySymbol { OverriddenProperty: { } baseProperty } } parameter when parameter.Ordinal < baseProperty.Parameters.Length =>
                baseProperty.Parameters[parameter.Ordinal],
            _ => null,
        };
        if (overridden is not null)
        {
            roles |= Of(overridden);
        }

        return roles;
    }

    private Role ReadAttributes(System.Collections.Immutable.ImmutableArray<AttributeData> attributes)
    {
        Role roles = Role.None;
        foreach (AttributeData attribute in attributes)
        {
            foreach ((INamedTypeSymbol? type, Role role) in _attributes)
            {
                if (type is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, type))
                {
                    roles |= role;
                }
            }
        }

        return roles;
    }
}
