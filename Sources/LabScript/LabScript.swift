// Module LabScript.
