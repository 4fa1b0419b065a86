// Module LabRuntime.
